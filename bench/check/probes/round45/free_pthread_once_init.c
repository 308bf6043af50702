/* TRUTH: free — the table is filled inside pthread_once, which orders the init before every return from pthread_once */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init(void){ for (int i = 0; i < 16; i++) table[i] = i * i; }
void *w(void *x){ pthread_once(&once, init); return (void*)(long)table[(long)x]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)3L); pthread_create(&b,0,w,(void*)4L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
