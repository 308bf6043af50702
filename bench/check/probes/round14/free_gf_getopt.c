/* race-free: x written by main after join */
#include <pthread.h>
#include <unistd.h>
int x;
void *w(void *a){ x = 1; return 0; }
int main(void){
  pthread_t t; pthread_create(&t,0,w,0);
  static char a0[] = "p", a1[] = "-x"; char *av[] = {a0, a1, 0};
  if (optind == 1) {
    getopt(2, av, "x");
    if (optind == 2) { pthread_join(t,0); x = 2; return 0; }
  }
  pthread_join(t,0); return x; }
