/* TRUTH: free — main joins through a function pointer to pthread_join before writing g */
#include <pthread.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){
  int (*join)(pthread_t, void **) = pthread_join;
  pthread_t t;
  pthread_create(&t,0,w,0);
  join(t, 0);
  g = 2;
  return g;
}
