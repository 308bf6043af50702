/* TRUTH: free — spawn() gets entry fn as argument; each call joined before next */
#include <pthread.h>
int x;
void *inc(void *p){ x++; return 0; }
void spawn(void *(*f)(void*)){ pthread_t t; pthread_create(&t,0,f,0); pthread_join(t,0); }
int main(void){ spawn(inc); spawn(inc); return x; }
