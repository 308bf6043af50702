/* TRUTH: racy — h calls a helper that starts g; main writes x after starting h and before starting g */
#include <pthread.h>
int x;
void *g(void *a){ return (void*)(long)x; }
static void spawn_g(void){ pthread_t u; pthread_create(&u,0,g,0); pthread_detach(u); }
void *h(void *a){ spawn_g(); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,h,0); x = 1; pthread_create(&b,0,g,0); pthread_join(a,0); pthread_join(b,0); return 0; }
