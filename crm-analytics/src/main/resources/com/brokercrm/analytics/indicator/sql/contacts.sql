-- Contacts in each window. occurred_at is UTC; the window bounds are Asia/Shanghai midnights in UTC.
SELECT customer_id,
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w}) AS contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'CALL_IN') AS call_in_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'CALL_OUT') AS call_out_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'EMAIL') AS email_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'SMS') AS sms_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'WEB') AS web_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'VISIT') AS visit_contacts_{w},
       COUNT(*) FILTER (WHERE occurred_at >= :contacts_from_{w} AND channel = 'WECHAT') AS wechat_contacts_{w},
       COUNT(*) AS contact_rows
FROM contact
WHERE occurred_at >= :contacts_from_250 AND occurred_at < :contacts_until
GROUP BY customer_id
