/* TRUTH: free — exactly one of wa/wb is started (if/else), main reads g only after joining it */
#include <pthread.h>
int g;
void *wa(void *a){ g = 1; return 0; }
void *wb(void *a){ g = 2; return 0; }
int main(int argc, char **argv){
  pthread_t t;
  if (argc > 1) pthread_create(&t,0,wa,0);
  else pthread_create(&t,0,wb,0);
  pthread_join(t,0);
  return g;
}
