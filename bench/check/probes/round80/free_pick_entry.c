/* TRUTH: free — pick(i) returns wa for 0 and wb for 1; they write disjoint globals */
#include <pthread.h>
int a, b;
void *wa(void *p){ a = 1; return 0; }
void *wb(void *p){ b = 1; return 0; }
typedef void *(*fn)(void*);
fn pick(int i){ return i == 0 ? wa : wb; }
int main(void){ pthread_t t[2]; for (int i=0;i<2;i++) pthread_create(&t[i],0,pick(i),0); for (int i=0;i<2;i++) pthread_join(t[i],0); return a+b; }
