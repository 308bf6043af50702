/* TRUTH: racy — ids 0 and 1 both map to slot id/2 == 0, so both threads write cells[0].v */
#include <pthread.h>
struct Cell { int v; int pad; } cells[4];
void *w(void *x){ long id = (long)x; cells[id/2].v += 1; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return cells[0].v;
}
