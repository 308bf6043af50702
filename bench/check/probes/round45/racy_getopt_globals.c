/* TRUTH: racy — getopt reads and writes the globals optind/optarg; two threads parse argument vectors concurrently */
#include <pthread.h>
#include <unistd.h>
void *w(void *x){
  char *argv[] = { "prog", "-a", "-b", "val", 0 };
  int c, n = 0;
  while ((c = getopt(4, argv, "ab:")) != -1) n++;
  return (void*)(long)n;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return optind;
}
