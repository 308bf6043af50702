/* TRUTH: racy — main reads result before joining the worker */
#include <pthread.h>
int result;
void *f(void *a){ result = 5; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,f,0); int r = result; pthread_join(t,0); return r; }
