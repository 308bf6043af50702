/* TRUTH: free — config is written by main before pthread_create (happens-before) and only read by the thread */
#include <pthread.h>
struct Config { int level; char name[16]; } config;
void *w(void *a){ return (void*)(long)(config.level + config.name[0]); }
int main(void){
  config.level = 3; config.name[0] = 'x';
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_join(t,0);
  config.level = 4;
  return config.level;
}
