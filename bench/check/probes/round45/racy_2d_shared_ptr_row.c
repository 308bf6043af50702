/* TRUTH: racy — row pointer r = grid[1] handed to thread A; thread B writes grid[1][3] directly */
#include <pthread.h>
int grid[3][4];
void *wa(void *a){ int *r = a; for (int j = 0; j < 4; j++) r[j] = j; return 0; }
void *wb(void *a){ grid[1][3] = -1; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,grid[1]); pthread_create(&t2,0,wb,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return grid[1][3];
}
