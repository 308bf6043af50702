/* TRUTH: free — main holds rw in write mode while creating w and writing g; w takes rdlock/unlock before reading g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *w(void *x){ pthread_rwlock_rdlock(&rw); pthread_rwlock_unlock(&rw); return (void*)(long)g; }
int main(void){ pthread_t t; pthread_rwlock_wrlock(&rw); pthread_create(&t,0,w,0); g = 5; pthread_rwlock_unlock(&rw); pthread_join(t,0); return 0; }
