/* TRUTH: free — main reads result only after joining the worker */
#include <pthread.h>
int result;
void *w(void *a){ (void)a; result = 7; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); return result != 7; }
