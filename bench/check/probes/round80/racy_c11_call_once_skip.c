/* TRUTH: racy — C11 call_once init writes cfg in one thread, other thread reads cfg without call_once */
#include <threads.h>
int cfg; once_flag f = ONCE_FLAG_INIT;
void init(void){ cfg = 1; }
int a(void *p){ call_once(&f, init); return cfg; }
int b(void *p){ return cfg; }
int main(void){ thrd_t t,u; thrd_create(&t,a,0); thrd_create(&u,b,0); thrd_join(t,0); thrd_join(u,0); return 0; }
