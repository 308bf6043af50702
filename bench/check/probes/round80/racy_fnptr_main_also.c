/* TRUTH: racy — runner calls setx through arg; main writes x directly before join */
#include <pthread.h>
int x;
void setx(void){ x = 3; }
void *runner(void *p){ void (*f)(void) = (void (*)(void))p; f(); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,runner,(void*)setx); x = 4; pthread_join(t,0); return x; }
