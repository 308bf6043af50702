/* TRUTH: free — adjacent bit-fields share a memory location but every write holds the same mutex */
#include <pthread.h>
struct F { unsigned a : 4; unsigned b : 4; } flags;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w1(void *x){ pthread_mutex_lock(&m); flags.a = 3; pthread_mutex_unlock(&m); return 0; }
void *w2(void *x){ pthread_mutex_lock(&m); flags.b = 5; pthread_mutex_unlock(&m); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return flags.a + flags.b;
}
