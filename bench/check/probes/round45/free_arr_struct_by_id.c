/* TRUTH: free — each thread writes only cells[id].v (distinct ids); main reads after joining all */
#include <pthread.h>
struct Cell { int v; int pad; } cells[4];
void *w(void *x){ long id = (long)x; cells[id].v = (int)id * 2; return 0; }
int main(void){
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0);
  int s = 0; for (int i = 0; i < 4; i++) s += cells[i].v;
  return s;
}
