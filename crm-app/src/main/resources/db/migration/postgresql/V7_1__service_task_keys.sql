-- PostgreSQL keys and indexes for V7: tasks belong to clients; lists read them by assignee, client and due date.
ALTER TABLE service_task ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE service_task ADD CONSTRAINT service_task_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
CREATE INDEX service_task_assignee_idx ON service_task (assignee_staff_id, status, due_on);
CREATE INDEX service_task_customer_idx ON service_task (customer_id, status);
CREATE INDEX service_task_due_idx ON service_task (status, due_on);
