/* TRUTH: free — two threads increment a global counter under a mutex */
#include <pthread.h>
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ (void)a; for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); } return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w,0); pthread_create(&t2,0,w,0);
  pthread_join(t1,0); pthread_join(t2,0); return counter != 2000; }
