/* TRUTH: racy — the thread is started through a function pointer to pthread_create; it writes g while main writes g */
#include <pthread.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){
  int (*create)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
  pthread_t t;
  create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  return g;
}
