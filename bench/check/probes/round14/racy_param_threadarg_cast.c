/* racy: the thread arg (void*)0x100000000 truncated to unsigned int is 0, so the else branch writes x while main writes x */
#include <pthread.h>
#include <stdint.h>
int x;
static void work(unsigned int on) { if (on) { } else x = 1; }
void *w(void *a){ work((unsigned int)(uintptr_t)a); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,(void*)0x100000000); x = 2; pthread_join(t,0); return x; }
