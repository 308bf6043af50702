/* TRUTH: free — both accounts' lock pointers point at the same bank mutex, so every write of total is under it */
#include <pthread.h>
pthread_mutex_t bank = PTHREAD_MUTEX_INITIALIZER;
int total;
struct Acct { pthread_mutex_t *lk; int amt; } accts[2] = { { &bank, 5 }, { &bank, 7 } };
void *w(void *a){ struct Acct *ac = a; pthread_mutex_lock(ac->lk); total += ac->amt; pthread_mutex_unlock(ac->lk); return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,&accts[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
