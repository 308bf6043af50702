/* TRUTH: racy — is_even/is_odd recurse into each other and is_odd bumps the global steps; two threads run it */
#include <pthread.h>
int steps;
static int is_odd(int n);
static int is_even(int n){ return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n){ steps++; return n == 0 ? 0 : is_even(n - 1); }
void *w(void *x){ return (void*)(long)is_even(10); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return steps;
}
