/* TRUTH: free — thread receives a function pointer in its arg and calls it; only that thread writes x before join */
#include <pthread.h>
int x;
void setx(void){ x = 3; }
void *runner(void *p){ void (*f)(void) = (void (*)(void))p; f(); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,runner,(void*)setx); pthread_join(t,0); return x; }
