/* TRUTH: free — worker writes result only if arg nonzero; main passes 0 and reads before join */
#include <pthread.h>
int result;
void *f(void *a){ if (a) result = 5; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,f,0); int r = result; pthread_join(t,0); return r; }
