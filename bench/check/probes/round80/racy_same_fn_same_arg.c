/* TRUTH: racy — same entry started twice with same arg; both a++ */
#include <pthread.h>
int a, b;
void *w(void *p){ if (p) a++; else b++; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w,(void*)1); pthread_create(&t2,0,w,(void*)2); pthread_join(t1,0); pthread_join(t2,0); return a+b; }
