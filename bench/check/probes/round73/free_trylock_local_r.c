/* TRUTH: free — trylock result in a local, g++ only when r == 0 */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ for (int i=0;i<1000;i++){ int r = pthread_mutex_trylock(&m); if (r == 0) { g++; pthread_mutex_unlock(&m); } } return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
