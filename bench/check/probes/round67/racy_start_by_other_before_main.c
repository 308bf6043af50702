/* TRUTH: racy — main starts h (which starts g), then writes x, then starts g itself */
#include <pthread.h>
int x;
void *g(void *a){ return (void*)(long)x; }
void *h(void *a){ pthread_t u; pthread_create(&u,0,g,0); pthread_join(u,0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,h,0); x = 1; pthread_create(&b,0,g,0); pthread_join(a,0); pthread_join(b,0); return 0; }
