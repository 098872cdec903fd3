/** Synthetic brokerage generator: writes the import CSV contract plus a ground-truth answer key. */
package com.brokercrm.datagen;
