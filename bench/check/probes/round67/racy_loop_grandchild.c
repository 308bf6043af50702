/* TRUTH: racy — each sequential instance f spawns a detached g writing x; g instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *g(void *a){ usleep(1000); x++; return 0; }
void *f(void *a){ pthread_t u; pthread_create(&u,0,g,0); pthread_detach(u); return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} sleep(1); return 0; }
