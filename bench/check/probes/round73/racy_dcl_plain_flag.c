/* TRUTH: racy — double-checked locking with a PLAIN flag and data: the unlocked read of ready (line 8) races with the locked write (line 11), and data reads (line 15) with data writes (line 11) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
int ready; int da, db;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void get(void){
  if (!ready) {
    pthread_mutex_lock(&m);
    if (!ready) {
      da = 1; db = 2; ready = 1; }
    pthread_mutex_unlock(&m);
  }
}
void *w(void *x){ get(); return (void*)(long)(da + db); }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w,0); pthread_create(&t2,0,w,0); pthread_join(t1,0); pthread_join(t2,0); return 0; }
