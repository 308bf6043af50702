/* TRUTH: free — both access the _Atomic x through a pointer to _Atomic */
#include <pthread.h>
_Atomic int x;
void *f(void *a) { _Atomic int *p = a; *p = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, &x); x = 2; pthread_join(t, 0); return 0; }
