/* TRUTH: racy — each thread takes a ticket atomically but never waits for its turn before writing last_owner */
#include <pthread.h>
#include <stdatomic.h>
atomic_int next_ticket;
int last_owner;
void *w(void *x){ int my = atomic_fetch_add(&next_ticket, 1); last_owner = my; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return last_owner;
}
