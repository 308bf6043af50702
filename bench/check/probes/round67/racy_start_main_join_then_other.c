/* TRUTH: racy — main starts and joins g, but h (started before) may still start g; main's write after join races */
#include <pthread.h>
#include <unistd.h>
int x;
void *g(void *a){ return (void*)(long)x; }
void *h(void *a){ usleep(1000); pthread_t u; pthread_create(&u,0,g,0); pthread_join(u,0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,h,0); pthread_create(&b,0,g,0); pthread_join(b,0); x = 1; pthread_join(a,0); return 0; }
