/* TRUTH: racy — with argc > 1 main writes g and returns without joining, concurrent with the worker's write */
#include <pthread.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(int argc, char **argv){
  pthread_t t;
  pthread_create(&t,0,w,0);
  if (argc > 1) { g = 2; return 0; }
  pthread_join(t,0);
  g = 3;
  return g;
}
