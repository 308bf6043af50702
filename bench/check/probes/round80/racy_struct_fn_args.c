/* TRUTH: racy — two runner threads get different fns via struct arg; both fns write a */
#include <pthread.h>
int a, b;
struct job { void (*fn)(void); };
void f1(void){ a = 1; }
void f2(void){ a = 2; }
void *runner(void *p){ ((struct job*)p)->fn(); return 0; }
int main(void){ struct job j1 = { f1 }, j2 = { f2 }; pthread_t t,u; pthread_create(&t,0,runner,&j1); pthread_create(&u,0,runner,&j2); pthread_join(t,0); pthread_join(u,0); return a+b; }
