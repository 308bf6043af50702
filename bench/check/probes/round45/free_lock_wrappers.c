/* TRUTH: free — lock()/unlock() helpers wrap the same global mutex around every write of balance */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void lock(void){ pthread_mutex_lock(&mu); }
static void unlock(void){ pthread_mutex_unlock(&mu); }
int balance;
void *w(void *a){ for (int i = 0; i < 100; i++) { lock(); balance += 1; unlock(); } return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return balance;
}
