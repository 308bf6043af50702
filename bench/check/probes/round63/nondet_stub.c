#include <stdlib.h>
int __VERIFIER_nondet_int(void){ return rand() % 3 - 1; }
