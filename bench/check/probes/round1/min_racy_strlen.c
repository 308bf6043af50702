/* TRUTH: racy. strlen() reads name[] while the worker writes name[1]. weft counts no
   read for library calls given an array (strlen, puts, printf %s, memcmp, fwrite...) nor
   a write for body-less calls given an array or pointer variable (fgets, read, ext(buf)). */
#include <pthread.h>
#include <string.h>
char name[8] = "abc";
void *worker(void *arg) { name[1] = 0; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  int n = (int)strlen(name);
  pthread_join(t, NULL);
  return n;
}
