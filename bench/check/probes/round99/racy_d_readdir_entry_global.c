/* TRUTH: racy — the dirent pointer from readdir is kept in a global and read by a thread while main calls readdir on the same stream */
#include <pthread.h>
#include <dirent.h>
#include <string.h>
static struct dirent *first;
static void *show(void *a) {
  (void)a;
  return (void *)strlen(first->d_name);
}
int main(void) {
  pthread_t t;
  DIR *d = opendir("/");
  if (!d) return 1;
  first = readdir(d);
  if (!first) return 1;
  pthread_create(&t, 0, show, 0);
  while (readdir(d))
    ;
  pthread_join(t, 0);
  closedir(d);
  return 0;
}
