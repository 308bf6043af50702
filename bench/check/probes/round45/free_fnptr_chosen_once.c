/* TRUTH: free — a single thread runs the function chosen at runtime; main touches g only after the join */
#include <pthread.h>
int g;
static void *wa(void *a){ g += 1; return 0; }
static void *wb(void *a){ g += 2; return 0; }
int main(int argc, char **argv){
  void *(*fn)(void *) = argc > 1 ? wa : wb;
  pthread_t t;
  pthread_create(&t,0,fn,0);
  pthread_join(t,0);
  g *= 2;
  return g;
}
