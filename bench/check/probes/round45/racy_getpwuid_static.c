/* TRUTH: racy — getpwuid returns one static struct passwd that each call overwrites; threads read it unlocked */
#include <pthread.h>
#include <pwd.h>
#include <unistd.h>
void *w(void *x){ struct passwd *pw = getpwuid((uid_t)(long)x); return (void*)(long)(pw ? pw->pw_name[0] : 0); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
