/* TRUTH: racy — pthread_exit inside push/pop runs cleanup handler, writing x while main writes x */
#include <pthread.h>
int x; int quit = 1;
void cl(void *p){ x = 1; }
void *w(void *p){ pthread_cleanup_push(cl, 0); if (quit) pthread_exit(0); pthread_cleanup_pop(0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
