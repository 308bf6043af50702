/* TRUTH: free — &grid[1][0] and grid[1] (decayed) are the same mutex */ #include <pthread.h>
#include <stdint.h>
int g; pthread_mutex_t grid[2][2] = {{PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER},{PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER}};
void *w1(void *x){ pthread_mutex_lock(grid[1]); g++; pthread_mutex_unlock(grid[1]); return 0; }
void *w2(void *x){ pthread_mutex_lock(&grid[1][0]); g++; pthread_mutex_unlock(&grid[1][0]); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return g; }
