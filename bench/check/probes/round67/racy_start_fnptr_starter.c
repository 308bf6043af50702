/* TRUTH: racy — h started via a function pointer starts g; main writes x after starting h, before starting g */
#include <pthread.h>
int x;
void *g(void *a){ return (void*)(long)x; }
void *h(void *a){ pthread_t u; pthread_create(&u,0,g,0); pthread_join(u,0); return 0; }
void *(*volatile fp)(void*) = h;
int main(void){ pthread_t a,b; pthread_create(&a,0,fp,0); x = 1; pthread_create(&b,0,g,0); pthread_join(a,0); pthread_join(b,0); return 0; }
