/* TRUTH: racy — get_seq is reached through a function pointer in both threads; its static local is bumped unlocked */
#include <pthread.h>
static int get_seq(void){ static int seq; seq++; return seq; }
int (*seq_fn)(void) = get_seq;
void *w(void *x){ return (void*)(long)seq_fn(); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
