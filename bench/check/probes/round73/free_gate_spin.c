/* TRUTH: free — main holds spin lock while creating w and writing g; w spins on the lock before reading g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_spinlock_t s;
void *w(void *x){ pthread_spin_lock(&s); pthread_spin_unlock(&s); return (void*)(long)g; }
int main(void){ pthread_spin_init(&s, 0); pthread_t t; pthread_spin_lock(&s); pthread_create(&t,0,w,0); g = 5; pthread_spin_unlock(&s); pthread_join(t,0); return 0; }
