/* TRUTH: racy — pick(i) returns wa for both, so two threads write a */
#include <pthread.h>
int a, b;
void *wa(void *p){ a = 1; return 0; }
void *wb(void *p){ b = 1; return 0; }
typedef void *(*fn)(void*);
fn pick(int i){ return i < 5 ? wa : wb; }
int main(void){ pthread_t t[2]; for (int i=0;i<2;i++) pthread_create(&t[i],0,pick(i),0); for (int i=0;i<2;i++) pthread_join(t[i],0); return a+b; }
