/* TRUTH: free — mutually recursive functions only update a counter passed by pointer to the thread's own stack */
#include <pthread.h>
static int is_odd(int n, int *steps);
static int is_even(int n, int *steps){ (*steps)++; return n == 0 ? 1 : is_odd(n - 1, steps); }
static int is_odd(int n, int *steps){ (*steps)++; return n == 0 ? 0 : is_even(n - 1, steps); }
void *w(void *x){ int steps = 0; is_even(10, &steps); return (void*)(long)steps; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
