/* TRUTH: racy — two runner threads each call setx through the fn pointer arg */
#include <pthread.h>
int x;
void setx(void){ x = 3; }
void *runner(void *p){ void (*f)(void) = (void (*)(void))p; f(); return 0; }
int main(void){ pthread_t t,u; pthread_create(&t,0,runner,(void*)setx); pthread_create(&u,0,runner,(void*)setx); pthread_join(t,0); pthread_join(u,0); return x; }
