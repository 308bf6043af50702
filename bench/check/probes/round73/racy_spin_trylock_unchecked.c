/* TRUTH: racy — pthread_spin_trylock result ignored; g++ (line 5) may run while the other thread holds s */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_spinlock_t s;
void *w(void *x){ for (int i=0;i<1000;i++){ int r = pthread_spin_trylock(&s); g++; if (!r) pthread_spin_unlock(&s);} return 0; }
int main(void){ pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
