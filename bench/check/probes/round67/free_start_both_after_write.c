/* TRUTH: free — main writes x before starting h or g; every start of g is after the write */
#include <pthread.h>
int x;
void *g(void *a){ return (void*)(long)x; }
void *h(void *a){ pthread_t u; pthread_create(&u,0,g,0); pthread_join(u,0); return 0; }
int main(void){ pthread_t a,b; x = 1; pthread_create(&a,0,h,0); pthread_create(&b,0,g,0); pthread_join(a,0); pthread_join(b,0); x = 2; return 0; }
